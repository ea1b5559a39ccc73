import Extractor, { ExtractOptions, ExtractResult } from './extractor';
export { Extractor, ExtractOptions, ExtractResult };
export declare function extract(zipPath: string, dest: string, options?: ExtractOptions): Promise<ExtractResult>;
export declare function list(zipPath: string): Promise<string[]>;
export default Extractor;
