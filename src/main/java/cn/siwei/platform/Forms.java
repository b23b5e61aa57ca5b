package cn.siwei.platform;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts the reasons of a {@link Rejected} next to the fields of a form.
 */
public final class Forms {

	private Forms() {
	}

	public static void apply(Rejected rejected, BindingResult result) {
		for (Rejected.Violation v : rejected.violations()) {
			if (v.field() != null && result.getTarget() != null
					&& BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
							v.field()) != null) {
				result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
			}
			else {
				result.reject(v.messageKey(), v.args(), v.messageKey());
			}
		}
	}

}
