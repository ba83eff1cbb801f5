package com.clinigrad.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run after the commit, on the
 * application's task executor, so that a page or an import never waits for the modules
 * that react to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

}
