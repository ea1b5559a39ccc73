import { db } from '~/server/db';
import { CouponService } from './coupon.service';
import { GiftCardService } from './gift-card.service';
import { PreferencesService } from './preferences.service';
import { ProductService } from './product.service';
import { ShippingClient } from './shipping.client';

// One instance per server process; routers, pages and route handlers import these.
export const productService = new ProductService(db);
export const couponService = new CouponService(db);
export const giftCardService = new GiftCardService(db);
export const preferencesService = new PreferencesService(db);
export const shippingClient = new ShippingClient();
