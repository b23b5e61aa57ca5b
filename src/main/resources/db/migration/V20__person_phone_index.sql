-- People are found by a whole phone number (never by a part of one: see PersonRepository.where).
create index person_phone on person (phone) where phone is not null;
