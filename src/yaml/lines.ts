/**
 * Line positions of a file's text, found when a position in it is first asked for. Most files of a
 * large run are never asked (no finding, no parse problem), and a file that is keeps four bytes
 * per line instead of the parser's array of numbers (8 bytes per line and room to grow).
 */

/** What maps an offset of a file's text to its 1-based line and column (yaml's LineCounter does too). */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

export class LineIndex implements LinePositions {
  /** The offset each line starts at, in order; built on the first question. */
  private starts: Uint32Array | undefined;
  private text: string | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** The answers of yaml's LineCounter with a newline recorded after every `\n` (and one at 0). */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const text = this.text!;
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const starts = new Uint32Array(lines);
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    // The index is all a position needs from now on.
    this.text = undefined;
    return starts;
  }
}
