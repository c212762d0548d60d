"""The report stage: 任务分解表 exports, 进度通报, 考评 and 约谈."""
