package com.clinigrad.theses;

import org.springframework.data.jpa.repository.JpaRepository;

interface DegreeMeetingRepository extends JpaRepository<DegreeMeeting, Long> {

}
