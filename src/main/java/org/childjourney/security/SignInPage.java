package org.childjourney.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }
}
