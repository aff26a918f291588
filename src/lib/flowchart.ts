// Layout of a linear process (办理流程, 执法流程) as boxes joined by arrows, computed at build
// time so the page needs no client JavaScript. Chinese labels wrap by display width: a CJK
// character is one em wide, Latin letters and digits about half.

export interface FlowStep {
  label: string;
  /** A second, smaller line such as "2 个工作日". */
  note?: string;
}

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  noteLines: string[];
}

export interface FlowArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: FlowBox[];
  arrows: FlowArrow[];
  fontSize: number;
  noteFontSize: number;
  lineHeight: number;
}

export interface FlowOptions {
  boxWidth?: number;
  fontSize?: number;
  padding?: number;
  gap?: number;
}

/** Display width of a string in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0000-\u00ff]/.test(char) ? 0.55 : 1;
  return width;
}

/** Break text into lines no wider than `maxEms`, preferring to break after Chinese punctuation. */
export function wrapText(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textWidth(line + char) > maxEms && line) {
      // Keep closing punctuation with the line before it rather than starting a line with it.
      if (/[，。、；：）」》,.;:)]/.test(char)) {
        lines.push(line + char);
        line = '';
        continue;
      }
      lines.push(line);
      line = char;
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function layoutFlow(steps: readonly FlowStep[], options: FlowOptions = {}): FlowLayout {
  const boxWidth = options.boxWidth ?? 320;
  const fontSize = options.fontSize ?? 16;
  const padding = options.padding ?? 12;
  const gap = options.gap ?? 36;
  const noteFontSize = Math.round(fontSize * 0.85);
  const lineHeight = 1.4;
  const margin = 4;
  const maxEms = (boxWidth - 2 * padding) / fontSize;
  const maxNoteEms = (boxWidth - 2 * padding) / noteFontSize;

  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  let y = margin;
  for (const step of steps) {
    const lines = wrapText(step.label, maxEms);
    const noteLines = step.note ? wrapText(step.note, maxNoteEms) : [];
    const height = Math.ceil(2 * padding + lines.length * fontSize * lineHeight + noteLines.length * noteFontSize * lineHeight);
    if (boxes.length > 0) {
      arrows.push({ x1: margin + boxWidth / 2, y1: y - gap, x2: margin + boxWidth / 2, y2: y });
    }
    boxes.push({ x: margin, y, width: boxWidth, height, lines, noteLines });
    y += height + gap;
  }
  const height = boxes.length ? y - gap + margin : 0;
  return { width: boxWidth + 2 * margin, height, boxes, arrows, fontSize, noteFontSize, lineHeight };
}
