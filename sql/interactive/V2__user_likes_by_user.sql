-- A reader's likes of one kind, in one index range: the reader view keeps each reader's marks near them
-- (InteractiveService.readerMarks) instead of asking about every object it shows. The primary key leads
-- with the object and serves "did this user like this object"; this one leads with the user.
CREATE INDEX idx_user_like_bizs_uid ON user_like_bizs (uid, biz, status, biz_id);
