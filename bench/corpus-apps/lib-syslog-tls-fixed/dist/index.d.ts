/// <reference types="node" />
export type Severity = "emerg" | "alert" | "crit" | "error" | "warning" | "notice" | "info" | "debug";
export interface SyslogOptions {
    host?: string;
    port?: number;
    protocol?: "udp" | "tcp" | "tls";
    facility?: number;
    appName?: string;
    hostname?: string;
    ca?: string | Buffer | Array<string | Buffer>;
    cert?: string | Buffer;
    key?: string | Buffer;
    servername?: string;
    connectTimeout?: number;
    maxQueue?: number;
}
export declare class SyslogClient {
    constructor(options?: SyslogOptions);
    log(severity: Severity, message: string, structuredData?: Record<string, Record<string, string>>): Promise<void>;
    close(): Promise<void>;
}
export declare function createClient(options?: SyslogOptions): SyslogClient;
export declare function formatMessage(severity: Severity, message: string, options: Required<Pick<SyslogOptions, "facility" | "appName" | "hostname">>, structuredData?: Record<string, Record<string, string>>): string;
