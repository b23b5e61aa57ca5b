/**
 * Micro-requests (微诉求) in the five-order loop (点单→接单→派单→领单→评单): intake from every channel, including the
 * 12345 hotline and Open311 clients, dispatch, whistle-and-report escalation (街乡吹哨、部门报到), supervision,
 * the resident's evaluation, and the figures of the loop.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "notification", "organisation", "people", "platform", "region"})
package cn.siwei.request;

import org.springframework.modulith.ApplicationModule;
