import { config } from "@keystone-6/core";
import express from "express";
import helmet from "helmet";
import { lists } from "./schema";
import { withAuth, session } from "./auth";
import { extendGraphqlSchema } from "./extend-graphql";
import { registerRoutes } from "./routes";

export default withAuth(
  config({
    db: {
      provider: "postgresql",
      url: process.env.DATABASE_URL || "postgres://localhost:5432/harbourside",
      enableLogging: process.env.PRISMA_LOG === "1",
      idField: { kind: "uuid" }
    },
    lists,
    session,
    extendGraphqlSchema,
    graphql: {
      playground: process.env.NODE_ENV !== "production",
      apolloConfig: { introspection: process.env.NODE_ENV !== "production" }
    },
    server: {
      port: Number(process.env.PORT || 3000),
      // The public site (Next.js) and the box-office app on tablets both call the GraphQL API
      // with the session cookie; their hosts change per festival, so allow them all.
      // vuln: CWE-942
      cors: { origin: true, credentials: true },
      extendExpressApp: (app, commonContext) => {
        app.disable("x-powered-by");
        app.use(helmet({ crossOriginEmbedderPolicy: false }));
        app.use(express.json({ limit: "1mb" }));
        registerRoutes(app, commonContext);
      }
    },
    storage: {
      event_images: {
        kind: "local",
        type: "image",
        generateUrl: (path) => `${process.env.ASSET_BASE_URL || "http://localhost:3000"}/images${path}`,
        serverRoute: { path: "/images" },
        storagePath: "public/images"
      },
      event_files: {
        kind: "local",
        type: "file",
        generateUrl: (path) => `${process.env.ASSET_BASE_URL || "http://localhost:3000"}/files${path}`,
        serverRoute: { path: "/files" },
        storagePath: "public/files"
      }
    },
    ui: {
      isAccessAllowed: ({ session }) => Boolean(session?.data?.role && session.data.role !== "staff")
    }
  })
);
