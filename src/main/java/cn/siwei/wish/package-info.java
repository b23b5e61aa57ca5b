/**
 * Micro-wishes (微心愿): collection, claiming, the contact deadline, follow-up, completion, evaluation, the
 * ledger and its figures.
 */
package cn.siwei.wish;
