// ESLint 9 flat config (`npm run lint`, run by `npm test` after the typecheck). Its main job is
// eslint-plugin-regexp: release text is untrusted input, so every regular expression in src/ and
// tests/ must be free of super-linear backtracking and super-linear moves (one pasted line of
// 100,000 dots once took the build 55 s). See docs/security.md.
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "_site/", "_site.*/", ".cache/", "gates-output/", "tests/fixtures/"] },
  {
    files: ["**/*.{ts,js}"],
    extends: [tseslint.configs.recommended, regexp.configs["flat/recommended"]],
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      // The Arabic-script ranges (letters U+0621–U+064A, diacritics U+064B–U+065F, digits
      // U+06F0–U+06F9) are this project's alphabet, named where they are defined (lint/chars.ts).
      "regexp/no-obscure-range": "off",
      // Character classes list Arabic diacritics (combining marks) as single code points on
      // purpose: each is matched, or removed, alone (lint/chars.ts, persian/fold.js).
      "no-misleading-character-class": "off",
      "regexp/no-misleading-unicode-character": "off",
      // Matching the control characters XML 1.0 forbids is the point of feeds/xml.ts and its test.
      "no-control-regex": "off",
    },
  },
);
