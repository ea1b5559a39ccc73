export * from "./PortalController";
