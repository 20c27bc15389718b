import { describe, expect, it } from 'vitest';
import type { Member } from './coverage.js';
import { oneSided, summarise } from './coverage.js';

const m = (outlet: string, lean: Member['lean'], fields: Partial<Member> = {}): Member => ({ outlet, outletName: null, lean, copyOf: null, seen: '2024-03-01', ...fields });

describe('summarise', () => {
  it('counts each outlet once and leaves syndicated copies out of the sources', () => {
    const s = summarise([m('A', 'left'), m('A', 'left', { seen: '2024-03-03' }), m('B', 'right', { copyOf: 'x', seen: '2024-02-28' }), m('C', null)]);
    expect(s).toEqual({
      firstSeen: '2024-02-28', lastSeen: '2024-03-03', outlets: ['A', 'B', 'C'], sources: 2, coverage: { left: 1, center: 0, right: 0, unknown: 1 }, oneSided: null,
    });
  });

  it('takes two spellings of one listed outlet as one source', () => {
    const s = summarise([m('cnn.com', 'left', { outletName: 'CNN' }), m('CNN', 'left', { outletName: 'CNN' })]);
    expect(s.sources).toBe(1);
    expect(s.outlets).toEqual(['cnn.com', 'CNN']);
  });
});

describe('oneSided', () => {
  it('flags a story four in five of whose known sources lean one way, once there are three', () => {
    expect(oneSided({ left: 4, center: 1, right: 0, unknown: 9 })).toBe('left');
    expect(oneSided({ left: 0, center: 0, right: 3, unknown: 0 })).toBe('right');
    expect(oneSided({ left: 3, center: 1, right: 1, unknown: 0 })).toBeNull();
    expect(oneSided({ left: 2, center: 0, right: 0, unknown: 5 })).toBeNull();
    expect(oneSided({ left: 0, center: 5, right: 0, unknown: 0 })).toBeNull();
  });
});
