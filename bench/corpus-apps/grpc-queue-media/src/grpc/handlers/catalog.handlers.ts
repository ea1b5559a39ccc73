import * as grpc from '@grpc/grpc-js';
import { verifyPartner } from '../auth';
import { toServiceError } from '../errors';
import { observedStream, observedUnary } from '../observe';
import { catalogService, type CatalogView } from '../../services/catalog.service';

interface QueryCatalogRequest { filter_json: string; limit: number }
interface BrowseCatalogRequest { territory: string; tags: string[]; limit: number }
interface MatchTitlesRequest { pattern: string; territory: string }
interface SuggestTitlesRequest { prefix: string }

async function streamCursor(call: grpc.ServerWritableStream<unknown, CatalogView>, rows: AsyncIterable<CatalogView>) {
  for await (const row of rows) {
    if (call.cancelled) return;
    call.write(row);
  }
  call.end();
}

export const catalogHandlers = {
  queryCatalog: observedStream<QueryCatalogRequest, CatalogView>('QueryCatalog', async (call) => {
    try {
      verifyPartner(call.metadata);
      await streamCursor(call, catalogService.query(call.request.filter_json, call.request.limit));
    } catch (err) {
      call.destroy(Object.assign(new Error('query failed'), toServiceError(err)));
    }
  }),

  browseCatalog: observedStream<BrowseCatalogRequest, CatalogView>('BrowseCatalog', async (call) => {
    try {
      verifyPartner(call.metadata);
      const { territory, tags, limit } = call.request;
      await streamCursor(call, catalogService.browse(territory, tags, limit));
    } catch (err) {
      call.destroy(Object.assign(new Error('browse failed'), toServiceError(err)));
    }
  }),

  matchTitles: observedUnary<MatchTitlesRequest, { titles: string[] }>('MatchTitles', async (call, callback) => {
    try {
      verifyPartner(call.metadata);
      const titles = await catalogService.matchTitles(call.request.pattern, call.request.territory);
      callback(null, { titles });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  suggestTitles: observedUnary<SuggestTitlesRequest, { titles: string[] }>('SuggestTitles', async (call, callback) => {
    try {
      verifyPartner(call.metadata);
      callback(null, { titles: await catalogService.suggest(call.request.prefix) });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),
};
