package cn.siwei.platform;

import cn.siwei.access.Permission;

/**
 * A capability's entry in the main menu, declared as a bean: shown to those who hold its permission, after the
 * foundation's entries, in {@link #order()}. A new capability adds its menu entry this way, touching no template
 * outside its package.
 *
 * @param section the section name pages of the capability pass to the layout, to mark the entry current
 * @param path where it leads
 * @param messageKey its name in the bundles
 * @param permission what a reader needs to see it
 * @param order its place among the capabilities' entries
 */
public record NavEntry(String section, String path, String messageKey, Permission permission, int order) {
}
