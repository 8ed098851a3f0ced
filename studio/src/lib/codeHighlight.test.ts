import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_COLOURS } from "@/lib/codeHighlight";

const css = readFileSync(join(process.cwd(), "src/index.css"), "utf8");
const darkStart = css.indexOf("@media (prefers-color-scheme: dark) {");
const SCHEMES = { light: css.slice(0, darkStart), dark: css.slice(darkStart, css.indexOf(".cm-editor", darkStart)) };

function variable(block: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*([^;]+);`).exec(block);
  if (!match) throw new Error(`--${name} is not set`);
  return match[1].trim();
}

/** Relative luminance (WCAG) of a #rrggbb or an oklch(L C h) colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour.startsWith("#") ? hexToLinear(colour) : oklchToLinear(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function hexToLinear(hex: string): number[] {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, "$&$&") : hex;
  return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
}

function oklchToLinear(colour: string): number[] {
  const [L, C, h] = /oklch\(([\d.]+) ([\d.]+) ([\d.]+)\)/.exec(colour)!.slice(1).map(Number);
  const a = C * Math.cos((h * Math.PI) / 180);
  const b = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((c) => Math.min(1, Math.max(0, c)));
}

function contrast(foreground: string, background: string): number {
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("code editor syntax colours", () => {
  for (const [scheme, block] of Object.entries(SCHEMES)) {
    it(`should_be_readable_on_the_${scheme}_background`, () => {
      const background = variable(block, "background");
      for (const name of CODE_COLOURS) {
        const ratio = contrast(variable(block, `code-${name}`), background);
        expect(ratio, `--code-${name} on the ${scheme} background`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("should_find_codemirrors_light_default_keyword_colour_unreadable_on_the_dark_background", () => {
    const dark = variable(SCHEMES.dark, "background");

    expect(contrast("#708", dark)).toBeLessThan(4.5);
    expect(contrast("#708", variable(SCHEMES.light, "background"))).toBeGreaterThan(4.5);
  });
});
