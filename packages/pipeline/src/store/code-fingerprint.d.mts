/** See code-fingerprint.mjs. */
export function codeFingerprint(pipelineRoot?: string): string;
export function owningPackage(dir: string): { root: string; name: string } | null;
export function filesUnder(dir: string): string[];
