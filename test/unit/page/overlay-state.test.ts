import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../components/page/overlay-state';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 40 };

describe('placeNear', () => {
  it('puts a panel just below the rectangle when there is room', () => {
    expect(placeNear({ left: 100, top: 200, bottom: 220 }, size, viewport)).toEqual({ x: 100, y: 228 });
  });

  it('puts it above when there is no room below', () => {
    expect(placeNear({ left: 100, top: 770, bottom: 790 }, size, viewport)).toEqual({ x: 100, y: 722 });
  });

  it('keeps it inside the viewport at the right and left edges', () => {
    expect(placeNear({ left: 950, top: 10, bottom: 30 }, size, viewport).x).toBe(692);
    expect(placeNear({ left: -40, top: 10, bottom: 30 }, size, viewport).x).toBe(8);
  });

  it('never places it above the top of the viewport', () => {
    expect(placeNear({ left: 0, top: 5, bottom: 795 }, size, viewport).y).toBe(8);
  });
});
