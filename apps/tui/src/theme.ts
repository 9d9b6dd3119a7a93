// Colour themes. Every distinction a colour makes is also made by a style in the monochrome theme, so
// NO_COLOR users can still tell people from places.
import type { EntityKind } from '@dispatch/core';
import type { ThemeName } from './cli/args.js';

/** The Ink <Text> props a theme may set. */
export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export interface Theme {
  name: ThemeName | 'monochrome';
  entity: Record<EntityKind, TextStyle>;
  time: TextStyle;
  quote: TextStyle;
  /** The quote that n/N moved to. */
  quoteCurrent: TextStyle;
  /** The gutter mark on lines inside a quotation. */
  quoteGutter: TextStyle;
  /** The bar beside the current paragraph, and the selected row of a list. */
  selection: TextStyle;
  selectionBar: TextStyle;
  headline: TextStyle;
  subhead: TextStyle;
  /** Secondary text: datelines, counts, hints. */
  muted: TextStyle;
  accent: TextStyle;
  tabActive: TextStyle;
  tab: TextStyle;
  error: TextStyle;
  /** Characters that mark things when colour cannot. */
  marks: { selectionBar: string; quoteGutter: string };
}

const defaultTheme: Theme = {
  name: 'default',
  entity: {
    PERSON: { color: 'cyan', bold: true },
    ORG: { color: 'magenta' },
    LOC: { color: 'green' },
  },
  time: { color: 'yellow' },
  quote: { italic: true },
  quoteCurrent: { inverse: true },
  quoteGutter: { color: 'yellow' },
  selection: { inverse: true },
  selectionBar: { color: 'blue', bold: true },
  headline: { bold: true },
  subhead: { bold: true, underline: true },
  muted: { dimColor: true },
  accent: { color: 'blue', bold: true },
  tabActive: { inverse: true, bold: true },
  tab: {},
  error: { color: 'red', bold: true },
  marks: { selectionBar: '▌', quoteGutter: '│' },
};

// Bright colours, bold text and no dimming: for low-vision users and washed-out screens.
const highContrast: Theme = {
  ...defaultTheme,
  name: 'high-contrast',
  entity: {
    PERSON: { color: 'cyanBright', bold: true, underline: true },
    ORG: { color: 'magentaBright', bold: true },
    LOC: { color: 'greenBright', bold: true },
  },
  time: { color: 'yellowBright', bold: true },
  quote: { color: 'whiteBright', italic: true },
  quoteCurrent: { color: 'black', backgroundColor: 'yellowBright', bold: true },
  quoteGutter: { color: 'yellowBright', bold: true },
  selection: { color: 'black', backgroundColor: 'whiteBright', bold: true },
  selectionBar: { color: 'whiteBright', bold: true },
  headline: { color: 'whiteBright', bold: true },
  subhead: { color: 'whiteBright', bold: true, underline: true },
  muted: { color: 'white' },
  accent: { color: 'yellowBright', bold: true },
  tabActive: { color: 'black', backgroundColor: 'yellowBright', bold: true },
  tab: { color: 'whiteBright' },
  error: { color: 'redBright', bold: true },
  marks: { selectionBar: '█', quoteGutter: '┃' },
};

// No colour at all (NO_COLOR, --no-color): kinds differ by weight, slant and underline instead.
const monochrome: Theme = {
  ...defaultTheme,
  name: 'monochrome',
  entity: {
    PERSON: { bold: true },
    ORG: { underline: true },
    LOC: { italic: true },
  },
  time: { bold: true, italic: true },
  quote: {},
  quoteCurrent: { inverse: true },
  quoteGutter: {},
  selection: { inverse: true },
  selectionBar: { bold: true },
  headline: { bold: true },
  subhead: { bold: true, underline: true },
  muted: {},
  accent: { bold: true },
  tabActive: { inverse: true },
  tab: {},
  error: { bold: true },
};

export function themeFor(name: ThemeName, color: boolean): Theme {
  if (!color) return monochrome;
  return name === 'high-contrast' ? highContrast : defaultTheme;
}
