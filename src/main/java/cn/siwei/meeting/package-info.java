/**
 * 微治理 meetings and councils: joint meetings of the community and the property company (物社联动 联席会议),
 * six-party talks (六方会谈), 说事会, 评理会, 听证会, residents' councils and owners' general meetings, convened for a
 * region node; the parties invited, the agenda, sign-in by QR code or by staff with the quorum reckoned live, the
 * minutes, and the decisions that become tracked work with an owner and a limit in working days.
 */
@ApplicationModule(allowedDependencies = {"access", "figures", "organisation", "platform", "region", "request"})
package cn.siwei.meeting;

import org.springframework.modulith.ApplicationModule;
