/**
 * Notifications: in-app messages to people, accounts or a region's staff, and text messages through an
 * {@link cn.siwei.notification.SmsSender}.
 */
package cn.siwei.notification;
