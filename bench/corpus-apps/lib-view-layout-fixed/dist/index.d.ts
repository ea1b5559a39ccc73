import type Handlebars from 'handlebars';
export interface EngineConfig {
    handlebars?: typeof Handlebars;
    extname?: string;
    layoutsDir?: string;
    partialsDir?: string | string[];
    defaultLayout?: string | false;
    helpers?: Record<string, Handlebars.HelperDelegate>;
}
export type RenderCallback = (err: Error | null, html?: string) => void;
export declare class ViewEngine {
    constructor(config?: EngineConfig);
    registerPartials(dir: string): Promise<void>;
    render(filePath: string, options: Record<string, any>, callback: RenderCallback): void;
    clearCache(): void;
}
export declare function create(config?: EngineConfig): ViewEngine;
export declare function engine(config?: EngineConfig): (filePath: string, options: Record<string, any>, callback: RenderCallback) => void;
export declare const __express: (filePath: string, options: Record<string, any>, callback: RenderCallback) => void;
