/**
 * What every module shares: the page layout support, language switching, error mapping
 * and small value types. Open to all modules; depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.clinigrad.shared;
