/**
 * The React that Sveltia CMS bundles and exposes as `window.h` / `window.createClass` for custom
 * fields and previews (Decap-compatible API). Typed here by hand: only what the desk uses.
 */
export type Child = ReactNode | string | number | false | null | undefined;
export interface ReactNode { readonly $$typeof: symbol }
export type Props = Record<string, unknown> | null;
export type H = (type: unknown, props?: Props, ...children: (Child | Child[])[]) => ReactNode;

/** The props Sveltia gives a custom field control (see @sveltia/cms types, CustomFieldControlProps). */
export interface ControlProps {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): unknown };
  entry?: { getIn(path: string[]): unknown; get(key: string): unknown };
  onChange(value: unknown): void;
}

/** `this` inside a createClass component. */
export interface Component<P, S = Record<string, unknown>> {
  props: P;
  state: S;
  setState(s: Partial<S>): void;
}

type Spec<P, S> = {
  [k: string]: unknown;
  render(this: Component<P, S>): ReactNode;
} & ThisType<Component<P, S> & Record<string, (...args: never[]) => unknown>>;

interface ReactGlobals {
  h: H;
  createClass<P, S = Record<string, unknown>>(spec: Spec<P, S>): unknown;
}

/** Read once Sveltia's module has run (it sets the globals at load). */
export function react(): ReactGlobals {
  const w = window as unknown as Partial<ReactGlobals>;
  if (!w.h || !w.createClass) throw new Error("Sveltia CMS did not expose window.h / window.createClass");
  return { h: w.h, createClass: w.createClass };
}
