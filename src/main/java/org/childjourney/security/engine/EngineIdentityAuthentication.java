package org.childjourney.security.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;

/** Signs people in against the engine's identity service, so there is one set of users and passwords; their groups become authorities. */
@Component
public class EngineIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;

    public EngineIdentityAuthentication(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (username == null || username.isBlank() || !identity.checkPassword(username, password)) {
            throw new BadCredentialsException("The username or password is not right");
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
