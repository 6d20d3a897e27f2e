// Minimal types for virastar 0.22 (it ships none): the constructor with options and `cleanup`.
declare module "virastar" {
  /** Option names and defaults: node_modules/virastar/README.md. */
  export type VirastarOptions = Record<string, boolean>;

  class Virastar {
    constructor(options?: VirastarOptions);
    /** Every option with its default value. */
    defaults: VirastarOptions;
    /** Clean one text with the options given to the constructor. */
    cleanup(text: string): string;
  }

  export = Virastar;
}
