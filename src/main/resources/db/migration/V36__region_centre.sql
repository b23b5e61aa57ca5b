-- A community's centre (WGS-84), so that a report located only by a pin (an Open311 client's lat/long) is placed in
-- the community it is nearest to, not at the city node. Set on the region's page; empty for nodes without one.
alter table region add column centre_lat double precision;
alter table region add column centre_lon double precision;
alter table region add constraint region_centre_valid check (
    (centre_lat is null) = (centre_lon is null)
    and (centre_lat is null or centre_lat between -90 and 90 and centre_lon between -180 and 180));
