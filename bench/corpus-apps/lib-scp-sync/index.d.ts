export interface RemoteOptions {
  host: string;
  user?: string;
  port?: number;
  identity?: string;
  strictHostKeyChecking?: 'yes' | 'accept-new';
  knownHostsFile?: string;
  timeout?: number;
  connectTimeout?: number;
  recursive?: boolean;
  preserve?: boolean;
}
export declare function upload(localPath: string, remotePath: string, options: RemoteOptions): Promise<void>;
export declare function download(remotePath: string, localPath: string, options: RemoteOptions): Promise<void>;
export declare function checkConnection(options: RemoteOptions): Promise<{ ok: boolean; message: string }>;
export declare function clientVersion(): Promise<string | null>;
