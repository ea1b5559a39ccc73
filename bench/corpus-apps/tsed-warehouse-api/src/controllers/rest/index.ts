export * from "./ShipmentController";
export * from "./SupplierController";
export * from "./LabelController";
export * from "./DocumentController";
export * from "./AuthController";
export * from "./ScannerController";
export * from "./ManifestController";
export * from "./TrackingController";
