export declare function chromiumPath(): { path: string | undefined; source: string } | undefined;
export declare const chromiumArgs: string[];
