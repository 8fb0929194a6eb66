-- Calls (issue 12 + 14): an APNs push target may carry the app's PushKit VoIP token in its details
-- (call invitations go to it). Like the alert token it has one owner: registering it from another
-- session removes it there, which looks it up by this expression (api/push/devices.ts uses the same text).
CREATE INDEX push_devices_voip_token ON push_devices (json_extract(details, '$.voipToken')) WHERE kind = 'apns';
