"""Language processing for official news: segmentation, entities, directives, topics.

Plain Python (no Qt). `segment` owns the one jieba tokenizer of the process.
"""
