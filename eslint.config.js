// ESLint for the reading page's script (resources/page): the recommended rules,
// for ES modules that run in a browser (Chromium, through Qt WebEngine).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["resources/page/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        QWebChannel: "readonly", // Qt's qwebchannel.js, a classic script loaded first
        qt: "readonly",
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
    },
  },
];
