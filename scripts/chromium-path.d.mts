export declare function chromiumPath(): { path: string | undefined; source: string } | undefined;
export declare const chromiumArgs: string[];
export declare function launchOptions(extraArgs?: string[]): { executablePath?: string; args: string[] };
