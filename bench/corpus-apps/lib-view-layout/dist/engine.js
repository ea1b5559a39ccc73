"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ViewEngine = void 0;
const fs_1 = require("fs");
const path_1 = __importDefault(require("path"));
const handlebars_1 = __importDefault(require("handlebars"));
const helpers_1 = require("./helpers");
// Keys Express puts into the render options that are not template data.
const INTERNAL_KEYS = ['settings', '_locals', 'cache', 'layout'];
class ViewEngine {
    constructor(config = {}) {
        this.cache = new Map();
        this.partialsLoaded = null;
        this.hbs = config.handlebars || handlebars_1.default.create();
        this.extname = config.extname || '.hbs';
        this.layoutsDir = config.layoutsDir;
        this.partialsDirs = [].concat(config.partialsDir || []);
        this.defaultLayout = config.defaultLayout === undefined ? 'main' : config.defaultLayout;
        const helpers = Object.assign((0, helpers_1.defaultHelpers)(this.hbs), config.helpers);
        for (const [name, fn] of Object.entries(helpers))
            this.hbs.registerHelper(name, fn);
    }
    /**
     * Registers every template under `dir` as a partial named by its relative path without the
     * extension (`partials/nav/top.hbs` -> `nav/top`).
     */
    async registerPartials(dir) {
        const walk = async (current) => {
            const entries = await fs_1.promises.readdir(current, { withFileTypes: true });
            for (const entry of entries) {
                const full = path_1.default.join(current, entry.name);
                if (entry.isDirectory()) {
                    await walk(full);
                }
                else if (entry.isFile() && path_1.default.extname(entry.name) === this.extname) {
                    const name = path_1.default.relative(dir, full).slice(0, -this.extname.length).split(path_1.default.sep).join('/');
                    // safe: CWE-22
                    const source = await fs_1.promises.readFile(full, 'utf8');
                    this.hbs.registerPartial(name, source);
                }
            }
        };
        await walk(path_1.default.resolve(dir));
    }
    ensurePartials() {
        if (!this.partialsLoaded) {
            this.partialsLoaded = Promise.all(this.partialsDirs.map((dir) => this.registerPartials(dir))).then(() => undefined);
        }
        return this.partialsLoaded;
    }
    async compileView(filePath, useCache) {
        const cached = useCache ? this.cache.get(filePath) : undefined;
        if (cached)
            return cached;
        // `filePath` is the view Express looked up under the `views` setting.
        const source = await fs_1.promises.readFile(filePath, 'utf8');
        const template = this.hbs.compile(source);
        if (useCache)
            this.cache.set(filePath, template);
        return template;
    }
    /**
     * Layouts live in `layoutsDir` (default: `<views>/layouts`). A layout is chosen per render
     * with `res.render('page', { layout: 'admin' })`, `layout: false` renders without one.
     */
    async compileLayout(name, layoutsDir, useCache) {
        const file = path_1.default.resolve(layoutsDir, path_1.default.extname(name) ? name : name + this.extname);
        const cached = useCache ? this.cache.get(file) : undefined;
        if (cached)
            return cached;
        // vuln: CWE-22
        const source = await fs_1.promises.readFile(file, 'utf8');
        const template = this.hbs.compile(source);
        if (useCache)
            this.cache.set(file, template);
        return template;
    }
    render(filePath, options, callback) {
        const settings = options.settings || {};
        const useCache = Boolean(options.cache);
        const viewsRoot = [].concat(settings.views || path_1.default.dirname(filePath))[0];
        const layoutsDir = this.layoutsDir || path_1.default.join(viewsRoot, 'layouts');
        const data = Object.assign({}, options);
        for (const key of INTERNAL_KEYS)
            delete data[key];
        const layoutName = options.layout === undefined ? this.defaultLayout : options.layout;
        this.ensurePartials()
            .then(() => this.compileView(filePath, useCache))
            .then(async (view) => {
            const body = view(data);
            if (!layoutName)
                return body;
            const layout = await this.compileLayout(String(layoutName), layoutsDir, useCache);
            return layout(Object.assign(Object.assign({}, data), { body: new this.hbs.SafeString(body) }));
        })
            .then((html) => callback(null, html), (err) => callback(err));
    }
    clearCache() {
        this.cache.clear();
        this.partialsLoaded = null;
    }
}
exports.ViewEngine = ViewEngine;
