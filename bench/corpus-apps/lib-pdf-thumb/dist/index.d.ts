import { ThumbnailOptions } from './lib/options';
export { ThumbnailOptions };
export interface ImageInfo {
    width: number;
    height: number;
    pages: number;
    format: string;
}
export declare function pdfThumbnail(file: string, output: string, options?: ThumbnailOptions): Promise<string>;
export declare function imageThumbnail(file: string, output: string, options?: ThumbnailOptions): Promise<string>;
export declare function probe(file: string): Promise<ImageInfo>;
export declare function versions(): Promise<{
    imagemagick: string | null;
}>;
