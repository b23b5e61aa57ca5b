/**
 * Demo data: the regions, organisations and people the seed names, and a login for every role. Loaded only when
 * {@code siwei.demo=true}; never in production.
 */
package cn.siwei.demo;
