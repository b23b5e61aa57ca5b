/**
 * The home page: where a user lands after login.
 */
package cn.siwei.home;
