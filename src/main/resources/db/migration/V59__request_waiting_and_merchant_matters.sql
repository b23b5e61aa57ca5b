-- 等待补充: a request's clock paused while staff wait for the reporter (a merchant's documents, a resident's
-- answer): the limits of the request and of its active parts are set aside, and given back moved by the time
-- waited when the wait ends; nothing is flagged late while it waits.
alter table request add column waiting_since timestamptz;
alter table request add column waiting_reason varchar(1000);
alter table request add column waited_due_at timestamptz;
alter table request_part add column waited_due_at timestamptz;

-- 商圈一站式: a merchant's matter — policy and licences, complaints, disputes, loans, start-up training — is a request
-- of these categories, received at the business district's service station (channel BUSINESS_DISTRICT), with a part
-- per department in the same loop, time limits, evaluation and figures.
insert into request_category (code, name_zh, name_en, description, grp, keywords, sort) values
 ('MERCHANT_POLICY', '商户·政策咨询与证照', 'Merchant: policy and licences', '营业执照、经营许可、扶持政策咨询与办理', 'merchant', '执照,许可,政策,商户', 21),
 ('MERCHANT_COMPLAINT', '商户·投诉受理', 'Merchant: complaints', '消费投诉、对商户或由商户提出的投诉', 'merchant', '投诉,商户', 22),
 ('MERCHANT_DISPUTE', '商户·纠纷调解', 'Merchant: disputes', '租赁、经营、邻里等纠纷', 'merchant', '纠纷,租赁,商户', 23),
 ('MERCHANT_LOAN', '商户·金融贷款', 'Merchant: loans', '创业担保贷款、小微贷款对接', 'merchant', '贷款,担保,商户', 24),
 ('MERCHANT_STARTUP', '商户·创业培训与线上经营', 'Merchant: start-up and online training', '创业培训、线上经营、引流获客', 'merchant', '创业,培训,线上', 25);
