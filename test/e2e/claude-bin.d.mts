export declare const E2E_DIR: string;
export declare const CLI_VERSIONS: { oldest: string; current: string };
export declare function cliDir(version: string): string;
export declare function installedVersion(version: string): string | null;
export declare function findClaudeBinary(version: string): string | null;
