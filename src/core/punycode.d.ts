// Node resolves a bare "punycode" to its deprecated built-in module; the trailing slash selects the npm package
// (its documented import path), which behaves the same in Node, the browser and Outlook's runtimes.
declare module "punycode/" {
  export { toASCII, toUnicode } from "punycode";
}
