/** Declarations of scripts/dist-stamp.mjs for the TypeScript test helpers. */
export declare function inputsHash(): string;
export declare function distHash(): string;
export declare function writeStamp(): void;
export declare function staleReason(): string | undefined;
