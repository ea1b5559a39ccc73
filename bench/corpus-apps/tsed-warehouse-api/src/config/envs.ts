import dotenv from "dotenv";

export const config = dotenv.config();
export const isProduction = process.env.NODE_ENV === "production";

export const envs = {
  port: Number(process.env.PORT || 8083),
  databaseUrl: process.env.DATABASE_URL || "postgres://localhost:5432/warehouse",
  mongoUrl: process.env.MONGO_URL || "mongodb://localhost:27017",
  jwtSecret: process.env.JWT_SECRET as string,
  carrierApiUrl: process.env.CARRIER_API_URL || "https://api.parcelnet.example/v2",
  carrierApiKey: process.env.CARRIER_API_KEY as string,
  labelPrinter: process.env.LABEL_PRINTER || "zebra-dock-1",
  documentsRoot: process.env.DOCUMENTS_ROOT || "/srv/warehouse/documents",
  exportsRoot: process.env.EXPORTS_ROOT || "/srv/warehouse/exports",
  portalOrigin: process.env.PORTAL_ORIGIN || "https://portal.northgate.example",
  manifestKey: process.env.MANIFEST_ENC_KEY as string
};
