import type { Lists } from ".keystone/types";
import { User } from "./lists/User";
import { Event } from "./lists/Event";
import { Venue } from "./lists/Venue";
import { Ticket } from "./lists/Ticket";
import { Setting } from "./lists/Setting";

export const lists: Lists = {
  User,
  Event,
  Venue,
  Ticket,
  Setting
};
