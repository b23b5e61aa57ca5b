/**
 * 矛盾纠纷调解: disputes received (接待), given a mediator with a conflict-of-interest check (调解), accepted with a
 * one-month clock on the working-day calendar that only both parties together can extend (受理), handled by an
 * agreement generated from its fields or a failure with guidance (处理), and closed after a follow-up visit on
 * performance (结案); the 30-day deadline to apply for judicial confirmation (司法确认) is tracked. Property
 * disputes are counted apart.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "platform", "region", "request"})
package cn.siwei.mediation;

import org.springframework.modulith.ApplicationModule;
