package cn.siwei.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.CurrentActor;
import cn.siwei.access.Role;
import cn.siwei.platform.Page;

/**
 * The accounts of the administrator's region as JSON, read only: an integration checks who may do what. The
 * password hash never leaves the platform.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "Logins of the caller's region, for administrators")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * An account as the API shows it.
	 *
	 * @param id the account
	 * @param username login name
	 * @param displayName shown name
	 * @param role what it may do
	 * @param regionId its region node
	 * @param organisationId a department handler's organisation
	 * @param personId the person record of a resident or volunteer
	 * @param failedLogins failed logins in a row
	 * @param active false once deactivated
	 */
	record AccountView(long id, String username, String displayName, Role role, long regionId, Long organisationId,
			Long personId, int failedLogins, boolean active) {

		static AccountView of(Account a) {
			return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.regionId(), a.organisationId(),
					a.personId(), a.failedLogins(), a.active());
		}

	}

	@GetMapping
	@Operation(summary = "Accounts of the caller's region, searched by login or name, paged")
	Page<AccountView> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		Page<Account> found = this.accounts.list(CurrentActor.get(), q, page, Page.size(size));
		return new Page<>(found.items().stream().map(AccountView::of).toList(), found.page(), found.size(), found.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	AccountView get(@PathVariable long id) {
		return AccountView.of(this.accounts.get(CurrentActor.get(), id));
	}

}
