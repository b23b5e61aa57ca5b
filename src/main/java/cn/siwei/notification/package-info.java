/**
 * Notifications: in-app messages to people, accounts or a region's staff, and text messages through an
 * {@link cn.siwei.notification.SmsSender}.
 */
@ApplicationModule(allowedDependencies = {"access", "platform", "region"})
package cn.siwei.notification;

import org.springframework.modulith.ApplicationModule;
